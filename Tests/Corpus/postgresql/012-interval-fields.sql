-- title: add interval column restricted to day to second
-- feature: interval-fields
-- doc: https://www.postgresql.org/docs/15/datatype-datetime.html
-- from
create table job (id serial primary key, name text not null);
-- rows
insert into job (name) values ('backup'), ('vacuum');
-- to
create table job (id serial primary key, name text not null, timeout interval day to second(0) default interval '5 minutes');
