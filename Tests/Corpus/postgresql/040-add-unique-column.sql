-- title: column-level unique added
-- feature: unique
-- doc: https://www.postgresql.org/docs/15/ddl-constraints.html
-- from
create table member (id serial primary key, handle text not null);
-- rows
insert into member (handle) values ('ada'), ('grace');
-- to
create table member (id serial primary key, handle text not null unique);
