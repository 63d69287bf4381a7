-- 案件编号 as long as the command side's register keeps them (40 characters): a ledger import may bring numbers
-- longer than the 20 the list first allowed (e.g. "某某局依申请公开〔2024〕第0001号"), and an application must never
-- be missing from the list because its number did not fit. Widening a VARCHAR rewrites nothing.
ALTER TABLE application_view ALTER COLUMN case_number TYPE VARCHAR(40);
