-- title: table comment added
-- feature: comment-on-table
-- doc: https://www.postgresql.org/docs/15/sql-comment.html
-- from
create table supplier (id serial primary key, name text not null);
-- rows
insert into supplier (name) values ('Acme');
-- to
create table supplier (id serial primary key, name text not null);
comment on table supplier is 'Companies we buy stock from';
