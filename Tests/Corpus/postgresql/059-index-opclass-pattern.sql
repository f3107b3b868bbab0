-- title: index with text_pattern_ops operator class
-- feature: index-opclass
-- doc: https://www.postgresql.org/docs/15/indexes-opclass.html
-- from
create table file_entry (id serial primary key, path text not null);
create index file_entry_path_idx on file_entry (path);
-- rows
insert into file_entry (path) values ('/etc/hosts'), ('/var/log/syslog');
-- to
create table file_entry (id serial primary key, path text not null);
create index file_entry_path_idx on file_entry (path text_pattern_ops);
