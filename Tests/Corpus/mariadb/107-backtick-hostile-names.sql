-- title: table and column names with backticks, quotes, spaces and a semicolon
-- feature: hostile-identifiers
-- doc: https://mariadb.com/kb/en/identifier-names/
-- from
create table `it's a ``table``; really` (`id` int primary key, `col "quoted"; --` varchar(50));
-- rows
insert into `it's a ``table``; really` values (1, 'v1'), (2, 'v2');
-- to
create table `it's a ``table``; really` (`id` int primary key, `col "quoted"; --` varchar(50) not null default ''';--', `with space` int, key `idx ``odd`` name` (`col "quoted"; --`));
