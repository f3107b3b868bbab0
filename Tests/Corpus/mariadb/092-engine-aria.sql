-- title: table engine changed to Aria with TRANSACTIONAL=1
-- feature: table-engine
-- doc: https://mariadb.com/kb/en/aria-storage-engine/
-- from
create table report_cache (id int primary key, body text);
-- rows
insert into report_cache values (1, 'x');
-- to
create table report_cache (id int primary key, body text) engine = Aria transactional = 1 page_checksum = 1;
