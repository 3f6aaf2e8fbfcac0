-- The stock ledger is append-only for the application: corrections are new moves.
REVOKE UPDATE, DELETE ON stock_moves FROM erp_app;
