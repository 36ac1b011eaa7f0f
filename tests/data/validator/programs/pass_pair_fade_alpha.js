// Two cards fade out when clicked one after the other (the fade tweens alpha)
class Pairs extends Phaser.Scene {
  constructor() { super('pairs'); }
  preload() {}
  create() {
    this.open = [];
    [250, 550].forEach((x) => {
      const card = this.add.container(x, 300, [this.add.rectangle(0, 0, 120, 160, 0x3366cc)]);
      card.setSize(120, 160).setInteractive();
      card.on('pointerdown', () => this.pick(card));
    });
  }
  pick(card) {
    this.open.push(card);
    if (this.open.length < 2) return;
    this.open.forEach((c) => this.tweens.add({ targets: c, alpha: 0, duration: 300 }));
    this.open = [];
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#202030', scene: Pairs });
