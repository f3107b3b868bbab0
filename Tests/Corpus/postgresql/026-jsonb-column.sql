-- title: add jsonb column with empty object default
-- feature: json
-- doc: https://www.postgresql.org/docs/15/datatype-json.html
-- from
create table profile (id serial primary key, username text not null);
-- rows
insert into profile (username) values ('ada'), ('linus');
-- to
create table profile (id serial primary key, username text not null, preferences jsonb not null default '{}'::jsonb);
