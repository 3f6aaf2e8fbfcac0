BEGIN;
SELECT set_config('role', 'erp_app', true), set_config('app.tenant_id', ':tenant', true), set_config('app.actor_id', ':actor', true);
SELECT bench_confirm_next(':tenant', ':actor');
END;
