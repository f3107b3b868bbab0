-- title: column declared COLLATE NOCASE
-- feature: collation-column
-- doc: https://www.sqlite.org/datatype3.html#collation
-- from
create table tag (id integer primary key, label text not null unique);
-- rows
insert into tag (label) values ('Red'), ('green');
-- to
create table tag (id integer primary key, label text not null collate nocase unique);
