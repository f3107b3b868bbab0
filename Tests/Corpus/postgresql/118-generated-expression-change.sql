-- title: generated column expression changed
-- feature: generated-stored
-- doc: https://www.postgresql.org/docs/15/ddl-generated-columns.html
-- from
create table people (id serial primary key, first_name text not null, last_name text not null, full_name text generated always as (first_name || ' ' || last_name) stored);
-- rows
insert into people (first_name, last_name) values ('Ada', 'Lovelace'), ('Alan', 'Turing');
-- to
create table people (id serial primary key, first_name text not null, last_name text not null, full_name text generated always as (last_name || ', ' || first_name) stored);
