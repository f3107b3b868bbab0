-- title: created_at gets default now()
-- feature: default-function
-- doc: https://www.postgresql.org/docs/15/functions-datetime.html
-- from
create table comment (id serial primary key, body text not null, created_at timestamptz);
-- rows
insert into comment (body, created_at) values ('first', '2024-01-01 00:00+00'), ('second', null);
-- to
create table comment (id serial primary key, body text not null, created_at timestamptz default now());
