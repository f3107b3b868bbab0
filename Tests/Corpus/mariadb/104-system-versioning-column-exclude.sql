-- title: versioned table excludes one column WITHOUT SYSTEM VERSIONING
-- feature: system-versioned
-- doc: https://mariadb.com/kb/en/system-versioned-tables/
-- from
create table employee_salary (id int primary key, salary decimal(10,2) not null, last_login datetime) with system versioning;
-- rows
insert into employee_salary values (1, 1000, null), (2, 2000, '2024-01-01 00:00:00');
-- to
create table employee_salary (id int primary key, salary decimal(10,2) not null, last_login datetime without system versioning) with system versioning;
