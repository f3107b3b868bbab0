-- title: new table with a foreign key to an existing one
-- feature: create-table
-- doc: https://www.sqlite.org/lang_createtable.html
-- from
create table team (id integer primary key, name text not null);
-- rows
insert into team (name) values ('core'), ('infra');
-- to
create table team (id integer primary key, name text not null);
create table team_member (id integer primary key, team_id integer not null references team (id) on delete cascade, member_name text not null, joined_at text not null default current_timestamp);
