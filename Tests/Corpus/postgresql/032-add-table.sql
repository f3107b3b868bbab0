-- title: new table added next to an existing one
-- feature: create-table
-- doc: https://www.postgresql.org/docs/15/sql-createtable.html
-- from
create table team (id serial primary key, name text not null);
-- rows
insert into team (name) values ('core'), ('infra');
-- to
create table team (id serial primary key, name text not null);
create table team_member (id serial primary key, team_id int not null references team (id), member_name text not null, joined_at timestamptz not null default now());
