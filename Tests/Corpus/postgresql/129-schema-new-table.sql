-- title: new schema with a table in it
-- feature: schema
-- doc: https://www.postgresql.org/docs/15/sql-createschema.html
-- from
create table app_config (key text primary key, value text);
-- rows
insert into app_config values ('mode', 'prod');
-- to
create table app_config (key text primary key, value text);
create schema audit;
create table audit.change_log (id bigserial primary key, table_name text not null, changed_at timestamptz not null default now());
