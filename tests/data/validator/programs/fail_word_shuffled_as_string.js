// Anagram tiles: the letters of the word are shuffled with Utils.Array.Shuffle, but the word is a string, left as it was
const WORDS = ['PLANET', 'ORBITS', 'COMETS'];

class Anagram extends Phaser.Scene {
  constructor() { super('anagram'); }
  preload() {}
  create() {
    const word = WORDS[Phaser.Math.Between(0, WORDS.length - 1)];
    const letters = Phaser.Utils.Array.Shuffle(word);
    for (let i = 0; i < letters.length; i++) {
      this.add.rectangle(180 + i * 90, 300, 80, 80, 0xeeddaa);
      this.add.text(180 + i * 90, 300, letters[i], { fontSize: '48px', color: '#222222' }).setOrigin(0.5);
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#335577', scene: Anagram });
