-- title: foreign key from public table into a table in another schema
-- feature: foreign-key
-- doc: https://www.postgresql.org/docs/15/ddl-schemas.html
-- from
create schema billing;
create table billing.plan (id serial primary key, name text not null);
create table tenant_account (id serial primary key, plan_id int);
-- rows
insert into billing.plan (name) values ('free'), ('pro');
insert into tenant_account (plan_id) values (1), (2);
-- to
create schema billing;
create table billing.plan (id serial primary key, name text not null);
create table tenant_account (id serial primary key, plan_id int references billing.plan (id));
