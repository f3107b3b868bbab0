-- title: comment on a check constraint
-- feature: comment-on-constraint
-- doc: https://www.postgresql.org/docs/15/sql-comment.html
-- from
create table discount (id serial primary key, pct int not null, constraint discount_pct_chk check (pct between 0 and 100));
-- rows
insert into discount (pct) values (10);
-- to
create table discount (id serial primary key, pct int not null, constraint discount_pct_chk check (pct between 0 and 100));
comment on constraint discount_pct_chk on discount is 'Percent, not basis points';
