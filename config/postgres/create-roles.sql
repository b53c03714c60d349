-- Run once as a PostgreSQL superuser before the portal's first start against an external database.
-- The owner role owns the schema and is used only by Liquibase; the application role owns nothing
-- and cannot bypass row-level security. Replace the passwords.
create role sendplan_owner login password 'change-me-owner' nosuperuser nocreaterole nobypassrls;
create role sendplan_app login password 'change-me-app' nosuperuser nocreatedb nocreaterole nobypassrls;
create database sendplan owner sendplan_owner;
