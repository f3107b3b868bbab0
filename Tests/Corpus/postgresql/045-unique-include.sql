-- title: unique constraint with covering INCLUDE column
-- feature: index-include
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table login (id serial primary key, email text not null, password_hash text not null, constraint login_email_key unique (email));
-- rows
insert into login (email, password_hash) values ('a@x.io', 'h1'), ('b@x.io', 'h2');
-- to
create table login (id serial primary key, email text not null, password_hash text not null, constraint login_email_key unique (email) include (password_hash));
