-- title: table becomes system-versioned
-- feature: system-versioned
-- doc: https://mariadb.com/kb/en/system-versioned-tables/
-- from
create table contract (id int auto_increment primary key, terms text not null, value decimal(12,2));
-- rows
insert into contract (terms, value) values ('std', 100), ('gold', 500);
-- to
create table contract (id int auto_increment primary key, terms text not null, value decimal(12,2)) with system versioning;
