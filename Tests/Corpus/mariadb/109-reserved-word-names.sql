-- title: reserved words as table and column names
-- feature: hostile-identifiers
-- doc: https://mariadb.com/kb/en/reserved-words/
-- from
create table `order` (`select` int primary key, `from` varchar(20), `key` varchar(20));
-- rows
insert into `order` values (1, 'a', 'k1'), (2, 'b', 'k2');
-- to
create table `order` (`select` int primary key, `from` varchar(20) not null, `key` varchar(20), `group` int default 0, index `index` (`key`));
