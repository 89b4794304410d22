package cn.jianfu.security;

record RecoveryCodeRow(long id, String codeHash) {}
