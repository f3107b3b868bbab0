-- title: enum gains a value at the end
-- feature: enum-values
-- doc: https://www.postgresql.org/docs/15/sql-altertype.html
-- from
create type order_status as enum ('pending', 'paid', 'shipped');
create table purchase (id serial primary key, status order_status not null default 'pending');
-- rows
insert into purchase (status) values ('pending'), ('shipped');
-- to
create type order_status as enum ('pending', 'paid', 'shipped', 'refunded');
create table purchase (id serial primary key, status order_status not null default 'pending');
