// Generator methods in object literals and classes (static too), and how Node prints
// generator functions and generator objects.
const shelf = {
  books: ['Dune', 'Emma'],
  *titles() {
    for (const book of this.books) yield book.toUpperCase();
  },
};
console.log([...shelf.titles()]);
class Playlist {
  constructor(...songs) {
    this.songs = songs;
  }
  *[`shuffled`]() {
    for (let i = this.songs.length - 1; i >= 0; i--) yield this.songs[i];
  }
  static *numbers(limit) {
    for (let i = 1; i <= limit; i++) yield i;
  }
}
const list = new Playlist('a', 'b', 'c');
console.log([...list.shuffled()], [...Playlist.numbers(3)]);
function* named() {}
const anonymous = function* () {};
console.log(named, anonymous, shelf.titles, named());
console.log(Object.getPrototypeOf(named()) === named.prototype, named() instanceof named);
console.log(typeof named.prototype.next, Object.keys(named.prototype), named.prototype.constructor === Object);
