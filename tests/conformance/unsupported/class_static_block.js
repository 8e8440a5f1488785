// static blocks are not supported yet
class Config {
  static defaults = {};
  static {
    Config.defaults.level = 1;
  }
}
