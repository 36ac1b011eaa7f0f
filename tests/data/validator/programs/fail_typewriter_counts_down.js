// A shopkeeper's speech bubble types its message out one letter at a time.
class Shop extends Phaser.Scene {
  constructor() { super('shop'); }
  preload() {}
  create() {
    const full = 'Welcome, traveller! Potions are 5 gold each.';
    const bubble = this.add.text(80, 200, '', { fontSize: '22px', color: '#222222', backgroundColor: '#ffffff', padding: { x: 10, y: 6 } });
    const typing = this.time.addEvent({
      delay: 50,
      repeat: full.length - 1,
      callback: () => {
        const shown = typing.getRepeatCount() + 1;
        bubble.setText(full.substring(0, shown));
      },
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#88aacc', scene: Shop });
