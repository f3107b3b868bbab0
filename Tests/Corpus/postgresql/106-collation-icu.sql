-- title: column collation changed from "C" to ICU de-x-icu
-- feature: collation-column
-- doc: https://www.postgresql.org/docs/15/collation.html
-- from
create table surname (id serial primary key, value varchar(100) collate "C" not null);
-- rows
insert into surname (value) values ('Müller'), ('Mueller');
-- to
create table surname (id serial primary key, value varchar(100) collate "de-x-icu" not null);
