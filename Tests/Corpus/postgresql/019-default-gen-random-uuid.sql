-- title: uuid column with default gen_random_uuid()
-- feature: default-function
-- doc: https://www.postgresql.org/docs/15/functions-uuid.html
-- from
create table api_key (id serial primary key, label text not null);
-- rows
insert into api_key (label) values ('ci'), ('deploy');
-- to
create table api_key (id serial primary key, label text not null, token uuid not null default gen_random_uuid());
