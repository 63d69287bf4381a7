-- The query side's database, beside the command side's (created by POSTGRES_DB) on first start.
CREATE DATABASE disclosure_query;
-- The web application's database (users, agencies, personal-data views).
CREATE DATABASE disclosure_web;
