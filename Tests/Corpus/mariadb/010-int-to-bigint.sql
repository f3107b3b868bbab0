-- title: int widened to bigint
-- feature: column-type
-- doc: https://mariadb.com/kb/en/bigint/
-- from
create table page_view (id int auto_increment primary key, hits int not null default 0);
-- rows
insert into page_view (hits) values (10), (2147483647);
-- to
create table page_view (id int auto_increment primary key, hits bigint not null default 0);
