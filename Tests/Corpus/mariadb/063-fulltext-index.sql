-- title: FULLTEXT index on two InnoDB columns
-- feature: fulltext-index
-- doc: https://mariadb.com/kb/en/full-text-index-overview/
-- from
create table kb_article (id int auto_increment primary key, title varchar(200) not null, body text not null);
-- rows
insert into kb_article (title, body) values ('Reset', 'how to reset a password'), ('VPN', 'connecting to the vpn');
-- to
create table kb_article (id int auto_increment primary key, title varchar(200) not null, body text not null, fulltext key kb_article_ft (title, body));
