-- title: unique index declared NULLS NOT DISTINCT
-- feature: unique-nulls-not-distinct
-- doc: https://www.postgresql.org/docs/15/sql-createindex.html
-- from
create table external_ref (id serial primary key, system text not null, ref text);
create unique index external_ref_uidx on external_ref (system, ref);
-- rows
insert into external_ref (system, ref) values ('crm', 'C-1'), ('crm', null);
-- to
create table external_ref (id serial primary key, system text not null, ref text);
create unique index external_ref_uidx on external_ref (system, ref) nulls not distinct;
