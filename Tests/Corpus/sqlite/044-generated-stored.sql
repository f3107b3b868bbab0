-- title: add a STORED generated column (short form AS ... STORED) with an index
-- feature: generated-stored
-- doc: https://www.sqlite.org/gencol.html
-- from
create table people (id integer primary key, first_name text not null, last_name text not null);
-- rows
insert into people (first_name, last_name) values ('Ada', 'Lovelace'), ('Alan', 'Turing');
-- to
create table people (id integer primary key, first_name text not null, last_name text not null, full_name text as (first_name || ' ' || last_name) stored);
create index people_full_name on people (full_name);
