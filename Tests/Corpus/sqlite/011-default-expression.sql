-- title: default is a parenthesised expression
-- feature: default-expression
-- doc: https://www.sqlite.org/lang_createtable.html#dfltval
-- from
create table api_key (id integer primary key, label text not null);
-- rows
insert into api_key (label) values ('ci'), ('deploy');
-- to
create table api_key (id integer primary key, label text not null, token text not null default (lower(hex(randomblob(16)))), created_ms integer default (unixepoch() * 1000));
