-- title: identity gets sequence options (start, increment, cache)
-- feature: identity-options
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table ticket_number (id int generated always as identity primary key, label text);
-- rows
insert into ticket_number (label) values ('t1'), ('t2');
-- to
create table ticket_number (id int generated always as identity (start with 1000 increment by 10 cache 20) primary key, label text);
