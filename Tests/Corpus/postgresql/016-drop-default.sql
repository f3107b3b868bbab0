-- title: column default removed
-- feature: default-literal
-- doc: https://www.postgresql.org/docs/15/sql-altertable.html
-- from
create table settings (id serial primary key, theme text default 'light');
-- rows
insert into settings (theme) values ('dark'), (default);
-- to
create table settings (id serial primary key, theme text);
