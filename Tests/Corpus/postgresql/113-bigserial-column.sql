-- title: integer serial key becomes bigserial
-- feature: serial
-- doc: https://www.postgresql.org/docs/15/datatype-numeric.html
-- from
create table log_line (id serial primary key, line text not null);
-- rows
insert into log_line (line) values ('boot'), ('ready');
-- to
create table log_line (id bigserial primary key, line text not null);
