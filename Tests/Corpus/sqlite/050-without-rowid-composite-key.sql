-- title: WITHOUT ROWID table with composite primary key gets a new column
-- feature: without-rowid
-- doc: https://www.sqlite.org/withoutrowid.html
-- from
create table edge (src integer not null, dst integer not null, primary key (src, dst)) without rowid;
-- rows
insert into edge values (1, 2), (2, 3);
-- to
create table edge (src integer not null, dst integer not null, weight real not null default 1.0, primary key (src, dst)) without rowid;
