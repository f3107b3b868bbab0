-- title: column uses a custom case-insensitive ICU collation
-- feature: collation-custom
-- doc: https://www.postgresql.org/docs/15/sql-createcollation.html
-- from
create table handle (id serial primary key, name text not null);
-- rows
insert into handle (name) values ('Alice'), ('bob');
-- to
create collation case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
create table handle (id serial primary key, name text collate case_insensitive not null);
