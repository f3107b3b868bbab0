-- title: primary key gets an explicit constraint name
-- feature: constraint-name
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table region (id int primary key, name text);
-- rows
insert into region values (1, 'EMEA'), (2, 'APAC');
-- to
create table region (id int, name text, constraint pk_region primary key (id));
