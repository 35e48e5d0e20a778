/** The command line: {@code java -jar zhstat-VERSION-cli.jar FILE...}; see {@code --help}. */
package io.github.zhstat.cli;
