// A title that grows when clicked: Phaser 3's Text keeps its size in its style, so title.fontSize sets nothing.
const config = {
  type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#1d2333',
  scene: {
    preload() {},
    create() {
      const title = this.add.text(400, 200, 'SPACE RUN', { fontFamily: 'Arial', fontSize: '32px', color: '#ffe066' }).setOrigin(0.5);
      const start = this.add.text(400, 380, 'click to grow the title', { fontSize: '22px', color: '#ffffff' }).setOrigin(0.5);
      start.setInteractive({ useHandCursor: true });
      start.on('pointerdown', () => {
        title.fontSize = 64;
        start.setText('grown!');
      });
    },
  },
};
new Phaser.Game(config);
