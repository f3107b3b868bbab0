-- title: column comment removed
-- feature: comment-on-column
-- doc: https://www.postgresql.org/docs/15/sql-comment.html
-- from
create table zone (id serial primary key, code text not null);
comment on column zone.code is 'obsolete note';
-- rows
insert into zone (code) values ('Z1');
-- to
create table zone (id serial primary key, code text not null);
