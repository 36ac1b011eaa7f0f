// A shopkeeper's speech bubble types its message out one letter at a time; hovering a potion shows its price.
class Shop extends Phaser.Scene {
  constructor() { super('shop'); }
  preload() {}
  create() {
    const full = 'Welcome, traveller! Potions are 5 gold each.';
    const bubble = this.add.text(80, 200, '', { fontSize: '22px', color: '#222222', backgroundColor: '#ffffff', padding: { x: 10, y: 6 } });
    const typing = this.time.addEvent({
      delay: 50,
      repeat: full.length - 1,
      callback: () => bubble.setText(full.substring(0, full.length - typing.getRepeatCount())),
    });
    const price = this.add.text(400, 420, '5 gold', { fontSize: '18px', color: '#ffff66' }).setOrigin(0.5).setAlpha(0);
    const potion = this.add.circle(400, 480, 24, 0xaa33cc).setInteractive();
    potion.on('pointerover', () => price.setAlpha(1));
    potion.on('pointerout', () => price.setAlpha(0));
    this.events.once('shutdown', () => typing.remove());
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#88aacc', scene: Shop });
