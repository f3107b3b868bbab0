-- title: default string with quotes, backslash, semicolon and backtick
-- feature: default-literal
-- doc: https://mariadb.com/kb/en/string-literals/
-- from
create table greeting (id int auto_increment primary key, message varchar(200));
-- rows
insert into greeting (message) values ('hi'), (null);
-- to
create table greeting (id int auto_increment primary key, message varchar(200) default 'it''s "fine"; `x` \\ -- /* */');
