-- Least privilege for StorePeople, independent of Alembic: run it as a superuser in the
-- people database, before the first migration (rerunning it is harmless: it sets the
-- passwords again and changes nothing else).
--
--   psql -d people -v owner=people_owner -v owner_password=... \
--        -v worker=people_worker -v worker_password=... -f roles.sql
--
-- :owner owns the schema: migrations (`alembic upgrade head`) run as this role.
-- :worker is the Celery worker's role: SELECT, INSERT, UPDATE on the tables the owner
-- creates (people, imports, import_failures) and their sequences. No DDL, no DELETE,
-- no TRUNCATE, no temporary tables, nothing on alembic_version. Migration 0003 then
-- grants it DELETE on people (undo) and leaves it only SELECT, INSERT on people_history.
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I', :'owner')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I', :'worker')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'worker') \gexec
ALTER ROLE :"owner" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
ALTER ROLE :"worker" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'worker_password';

-- Nobody creates objects by default (PostgreSQL < 15 lets everyone create in public).
REVOKE CREATE, TEMPORARY ON DATABASE :"DBNAME" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"DBNAME" TO :"owner", :"worker";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO :"owner";
GRANT USAGE ON SCHEMA public TO :"worker";

-- Alembic's bookkeeping table, created by the owner before the default privileges below,
-- so the worker gets no right on it (the same definition Alembic would create).
SET ROLE :"owner";
CREATE TABLE IF NOT EXISTS alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
RESET ROLE;

-- Every table and sequence the owner creates from now on (each migration's).
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE ON TABLES TO :"worker";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO :"worker";
