-- title: varchar(50) becomes varchar(255) (length not enforced, declared type text differs)
-- feature: varchar-length
-- doc: https://www.sqlite.org/datatype3.html
-- from
create table users (id integer primary key, email varchar(50) not null);
-- rows
insert into users (email) values ('a@example.com'), ('b@example.com');
-- to
create table users (id integer primary key, email varchar(255) not null);
