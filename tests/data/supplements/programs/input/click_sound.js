// Audio and an image (assets): a click on the canvas plays a blip and moves the star there.
class ClickSound extends Phaser.Scene
{
    preload ()
    {
        this.load.image('star', 'assets/demoscene/star.png');
        this.load.audio('blip', [ 'assets/audio/blip.ogg', 'assets/audio/blip.mp3' ]);
    }

    create ()
    {
        const star = this.add.image(400, 300, 'star');
        const blip = this.sound.add('blip');
        this.input.on('pointerdown', (pointer) => {
            star.setPosition(pointer.x, pointer.y);
            blip.play();
        });
    }
}

new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: ClickSound });
