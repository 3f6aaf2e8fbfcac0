-- Companies registered before payment terms get the same default terms new companies are given
-- (commands/payment-terms.ts), named in their language; a no-op on a new database.
INSERT INTO payment_terms (tenant_id, id, code, name, days, end_of_month, discount_percent, discount_days)
SELECT t.id, uuid_v7(), d.code, CASE WHEN t.locale LIKE 'id%' THEN d.name_id ELSE d.name_en END,
       d.days, d.end_of_month, d.discount_percent, d.discount_days
FROM tenants t
CROSS JOIN (VALUES
  ('COD', 'Due on receipt', 'Tunai saat diterima', 0, false, NULL::numeric, NULL::integer),
  ('NET14', 'Net 14', 'Net 14 hari', 14, false, NULL, NULL),
  ('NET30', 'Net 30', 'Net 30 hari', 30, false, NULL, NULL),
  ('NET60', 'Net 60', 'Net 60 hari', 60, false, NULL, NULL),
  ('2/10N30', '2/10 Net 30', '2/10 Net 30', 30, false, 2, 10),
  ('EOM', 'End of month', 'Akhir bulan', 0, true, NULL, NULL),
  ('NET30EOM', 'Net 30 EOM', 'Net 30 hari setelah akhir bulan', 30, true, NULL, NULL)
) AS d(code, name_en, name_id, days, end_of_month, discount_percent, discount_days)
WHERE NOT EXISTS (SELECT 1 FROM payment_terms p WHERE p.tenant_id = t.id);
